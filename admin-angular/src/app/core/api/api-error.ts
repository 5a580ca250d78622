import { HttpErrorResponse } from '@angular/common/http';

/** The server's error body (`HttpExceptionFilter`): a stable code and a message in words. */
interface ApiErrorBody {
  code?: string;
  message?: string | string[];
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && ('message' in value || 'code' in value);
}

/** What went wrong, in words a person can act on; never a bare status code. */
export function describeApiError(error: unknown): string {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return 'The server cannot be reached. Check the connection and try again.';
    if (isErrorBody(error.error) && error.error.message) {
      const message = Array.isArray(error.error.message) ? error.error.message.join('; ') : error.error.message;
      return error.status === 429 ? `${message} Please wait and try again.` : message;
    }
    if (error.status === 401) return 'Your sign-in has expired. Please sign in again.';
    if (error.status === 403) return 'You do not have permission to do this.';
    if (error.status === 404) return 'It was not found; it may have been removed.';
    if (error.status >= 500) return 'The server failed to answer. Try again in a moment.';
    return `The request failed (${error.status} ${error.statusText}).`;
  }
  return error instanceof Error ? error.message : 'Something went wrong.';
}

/** The broken rules of a VALIDATION_FAILED answer (`details`), one sentence each. */
export function apiErrorDetails(error: unknown): string[] {
  if (!(error instanceof HttpErrorResponse)) return [];
  const body: unknown = error.error;
  if (typeof body !== 'object' || body === null || !('details' in body)) return [];
  const details = (body as { details: unknown }).details;
  return Array.isArray(details) ? details.filter((item): item is string => typeof item === 'string') : [];
}
