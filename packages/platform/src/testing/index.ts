// @bazaar/platform/testing: what tests of services share. Each name is exported on purpose.
export {
  createTestDatabaseLocation,
  enginesUnderTest,
  type EngineUnderTest,
  type TestDatabaseLocation,
} from './test-databases.js';
export {
  createTestTokenIssuer,
  testTokenSettings,
  type TestTokenClaims,
  type TestTokenIssuer,
  type TestSigningKey,
  type TestTokenOverrides,
} from './test-tokens.js';
export { createTestBusPeer, type TestBusPeer } from './test-bus-peer.js';
export {
  defaultTestCaller,
  serviceCredentialAs,
  serviceCredentialWith,
  testServiceKeyEnv,
  type TestCredentialOptions,
} from './test-service-keys.js';
export { createTestBus } from './test-bus.js';
export { waitUntil } from './wait-until.js';
export { handledEventCount } from './handled-event-count.js';
export { startServiceInProcess, type InProcessOptions } from './start-in-process.js';
export {
  openTestEventStream,
  readEventsUntil,
  type ReceivedStreamEvent,
  type TestEventStream,
} from './event-stream-client.js';
export { promtoolMetricsProblems } from './promtool.js';
export { defaultPropertySeed, propertyRuns, type PropertyRuns } from './property-runs.js';
export {
  validValueOf,
  UnsupportedSchemaError,
  type ArbitraryOptions,
  type JsonSchema,
  type JsonType,
} from './schema-arbitrary.js';
export { hostileKeys, hostileString, hostileStrings, invalidValueOf } from './schema-arbitrary-invalid.js';
export {
  createAnswerChecker,
  createSchemaValidator,
  operationsOf,
  type ApiOperation,
  type OpenApiDocument,
} from './schema-arbitrary-openapi.js';
export {
  describeRequest,
  isValidPart,
  requestOf,
  type FuzzRequest,
  type RequestKind,
} from './schema-arbitrary-request.js';
