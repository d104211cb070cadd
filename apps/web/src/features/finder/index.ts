/** The finder: what my organisation can apply to, and what is missing. The app shows it on the home page. */
export { FinderHomeSection } from './components/finder-home-section';
export { FinderPage } from './pages/finder-page';
