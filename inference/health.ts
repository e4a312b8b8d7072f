// grpc.health.v1.Health: Check and Watch for "" (the whole server) and each served service.
// HealthState is the single source of serving status; the server flips it on start and shutdown.
import { EventEmitter, on } from 'node:events';
import { create } from '@bufbuild/protobuf';
import { Code, ConnectError, type ServiceImpl } from '@connectrpc/connect';
import { Health, HealthCheckResponse_ServingStatus as Status, HealthCheckResponseSchema } from '../gen/grpc/health/v1/health_pb.js';

export { Status as ServingStatus };

export class HealthState {
  readonly #statuses = new Map<string, Status>();
  readonly #events = new EventEmitter();
  /** Version of the rules and models the workers serve, for health detail. */
  modelVersion = 'unknown';

  constructor(services: readonly string[]) {
    this.#events.setMaxListeners(0);
    for (const service of ['', ...services]) this.#statuses.set(service, Status.NOT_SERVING);
  }

  get(service: string): Status | undefined {
    return this.#statuses.get(service);
  }

  /** Sets every known service (including "") to the status. */
  setAll(status: Status): void {
    for (const service of this.#statuses.keys()) this.set(service, status);
  }

  set(service: string, status: Status): void {
    if (this.#statuses.get(service) === status) return;
    this.#statuses.set(service, status);
    this.#events.emit('change', service, status);
  }

  /** Yields the current status, then every change, until the signal aborts. */
  async *watch(service: string, signal: AbortSignal): AsyncGenerator<Status> {
    let last = this.#statuses.get(service) ?? Status.SERVICE_UNKNOWN;
    yield last;
    try {
      for await (const [changed, status] of on(this.#events, 'change', { signal }) as AsyncIterable<[string, Status]>) {
        if (changed !== service || status === last) continue;
        last = status;
        yield status;
      }
    } catch (error) {
      if (!signal.aborted) throw error;
    }
  }
}

export function createHealthService(state: HealthState): ServiceImpl<typeof Health> {
  return {
    check(request) {
      const status = state.get(request.service);
      if (status === undefined) throw new ConnectError(`unknown service "${request.service}"`, Code.NotFound);
      return create(HealthCheckResponseSchema, { status });
    },
    async *watch(request, ctx) {
      for await (const status of state.watch(request.service, ctx.signal)) {
        yield create(HealthCheckResponseSchema, { status });
      }
    },
  };
}
