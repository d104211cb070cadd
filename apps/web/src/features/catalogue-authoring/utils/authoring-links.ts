import { paths } from '../../../shared/routes/paths';

export const editorPath = (id: string) => paths.authoringCall.replace(':id', encodeURIComponent(id));
