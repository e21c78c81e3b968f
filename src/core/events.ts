/**
 * Events main pushes to the page (src/shared/ipc/events.ts), as core raises them: the session
 * manager on a switch, the export runner on progress. Main forwards them to its windows, the test
 * host to its Server-Sent Events stream; core knows neither.
 */
import type { EventName, EventPayloads, Unsubscribe } from '../shared/ipc/events'

export type EventSink = <E extends EventName>(name: E, payload: EventPayloads[E]) => void

export class EventHub {
  private readonly sinks = new Set<EventSink>()

  readonly emit: EventSink = (name, payload) => {
    for (const sink of this.sinks) {
      try {
        sink(name, payload)
      } catch {
        // One window gone away must not keep the event from the others, nor fail the work that raised it.
      }
    }
  }

  subscribe(sink: EventSink): Unsubscribe {
    this.sinks.add(sink)
    return () => void this.sinks.delete(sink)
  }

  get size(): number {
    return this.sinks.size
  }
}
