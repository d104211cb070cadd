/** What the app frame may use from the profile feature. Pages are routed by path, not exported here. */
export { LanguageSwitch } from './components/language-switch';
