/**
 * Runs a request handler so that a failure is logged with the operation and URI
 * and answered with an empty result: one bad request never kills the server.
 * Protocol errors (a cancelled request) pass through to the client.
 */
import { ResponseError, type Connection } from 'vscode-languageserver';

/** Calls `handler`; on error logs `operation` and `uri` and returns `fallback`. */
export async function runSafe<T>(connection: Connection, operation: string, uri: string, fallback: T, handler: () => T | Promise<T>): Promise<T> {
  try {
    return await handler();
  } catch (error) {
    // Cancellation and other protocol answers go to the client as they are.
    if (error instanceof ResponseError) throw error;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`claimlint: ${operation} failed for ${uri}: ${detail}`);
    return fallback;
  }
}
