// Short-lived access tokens: JWT HS256 with iss, aud, sub (account id), typ "access" and sid
// (session family). Verification pins the algorithm and checks every claim; any doubt → 401.
import { randomUUID } from 'node:crypto';
import jwt from 'jsonwebtoken';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import { ApiError } from '../http/api-error.js';

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

export interface AccessClaims {
  accountId: string;
  sessionFamilyId: string;
}

export const ACCESS_TOKEN_TYPE = 'access';

export class AccessTokens {
  constructor(
    private readonly settings: Config['jwt'],
    private readonly clock: Clock,
  ) {}

  issue(accountId: string, sessionFamilyId: string): IssuedAccessToken {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const exp = iat + this.settings.accessTtlSeconds;
    const token = jwt.sign({ typ: ACCESS_TOKEN_TYPE, sid: sessionFamilyId, iat, exp }, this.settings.secret, {
      algorithm: 'HS256',
      issuer: this.settings.issuer,
      audience: this.settings.audience,
      subject: accountId,
      // Unique per token, so two tokens issued in the same second are still distinguishable in logs.
      jwtid: randomUUID(),
      header: { alg: 'HS256', typ: 'JWT' },
    });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** Throws ApiError 401 `invalid_token` for anything but a valid, unexpired access token of ours. */
  verify(token: string): AccessClaims {
    let payload: string | jwt.JwtPayload;
    try {
      payload = jwt.verify(token, this.settings.secret, {
        algorithms: ['HS256'],
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
        clockTolerance: 0,
      });
    } catch (err) {
      throw new ApiError(401, 'invalid_token', 'Invalid or expired access token', { cause: err });
    }
    if (
      typeof payload !== 'object' ||
      payload.typ !== ACCESS_TOKEN_TYPE ||
      typeof payload.sub !== 'string' ||
      typeof payload.sid !== 'string' ||
      typeof payload.exp !== 'number'
    ) {
      throw new ApiError(401, 'invalid_token', 'Invalid or expired access token');
    }
    return { accountId: payload.sub, sessionFamilyId: payload.sid };
  }
}
