/**
 * ntm-map's server, package by feature: each direct subpackage is a module (Spring Modulith), its
 * subpackages internal to it. A module uses only modules of lower layers, so there is no cycle
 * ({@code ModulesTest} fails the build on one); from the bottom:
 * <ol>
 * <li>{@code common}, the shared kernel;</li>
 * <li>{@code security}, {@code years}, {@code photos};</li>
 * <li>{@code audit}, {@code units};</li>
 * <li>{@code criteria}, {@code infrastructure}, {@code tiles}, {@code imports}, {@code exports},
 * {@code feedback}, {@code demo};</li>
 * <li>{@code status}, {@code ogc};</li>
 * <li>{@code unitdetail}, {@code monitoring}, {@code classification}, {@code meta};</li>
 * <li>{@code reports}.</li>
 * </ol>
 * A lower module that must tell a higher one something publishes an event (security's
 * {@link vn.ntm.security.SecurityAuditEvent}, recorded by {@code audit}).
 */
package vn.ntm;
