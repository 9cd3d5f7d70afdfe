/**
 * EPCIS 2.0 capture: partners' documents checked against GS1's schema and stored as received, with the fields that
 * queries and the cross-company upstream trace look up; a capture is a job, all or nothing, idempotent by eventID.
 */
package io.stocktrace.epcis.capture;
