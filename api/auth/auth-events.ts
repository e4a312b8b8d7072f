// Structured auth events (one vocabulary, one place) with the client's IP and user agent, for
// audit and alerting. Account numbers and tokens never appear here.
import type { Request } from 'express';

export type AuthEvent =
  | 'account_created'
  | 'login_succeeded'
  | 'login_failed'
  | 'refresh_succeeded'
  | 'refresh_failed'
  | 'refresh_reuse_detected'
  | 'logout'
  | 'logout_all';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

export function clientInfo(req: Request): ClientInfo {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 512) ?? null };
}

export function logAuthEvent(req: Request, event: AuthEvent, fields: Record<string, unknown> = {}): void {
  // Reuse of a rotated refresh token means a stolen token: worth a warning, not just an info line.
  const level = event === 'refresh_reuse_detected' ? 'warn' : 'info';
  const { ip, userAgent } = clientInfo(req);
  req.log.log(level, 'auth event', { event, ip, user_agent: userAgent, ...fields });
}
