import { paths } from '../../../shared/routes/paths';

/** Links to the catalogue's pages; codes such as "1.4.FAB.1" or "二" are encoded. */
export function callPath(callId: string): string {
  return paths.call.replace(':id', encodeURIComponent(callId));
}

export function directionPath(callId: string, code: string): string {
  return paths.direction
    .replace(':id', encodeURIComponent(callId))
    .replace(':code', encodeURIComponent(code));
}

export function comparePath(country: string): string {
  return `${paths.compare}?${new URLSearchParams({ country })}`;
}
