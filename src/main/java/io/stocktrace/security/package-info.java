/**
 * Users, roles and API tokens, and who may call what: HTTP Basic or a Bearer token on the API, errors as
 * problem+json. The first admin is created on first start.
 */
package io.stocktrace.security;
