// The bus: publish through the outbox, consume through the inbox, over RabbitMQ or the embedded broker.
export * from './create-bus.js';
export * from './bus-migrations.js';
export * from './bus-types.js';
export * from './outbox-writer.js';
export type { BusFaultHooks } from './inbox-consumer.js';
export type { TransportTuning } from './transport-choice.js';
export { eventOwners, eventSignatureHeader, eventSigner, provenanceCheck } from './event-provenance.js';
export type { EventSigner, ProvenanceCheck, ProvenanceSettings } from './event-provenance.js';
export { busProvenanceOf, type BusProvenance } from './provenance-config.js';
