/**
 * What operators watch: the metrics Prometheus scrapes from the management interface, the
 * request id every log record and answer carries, and whether traces are exported
 * (docs/operations.md#figures-to-watch).
 */
package se.varna.operations;
