/**
 * Map exports of localization results: an RFC 7946 GeoJSON FeatureCollection and a KML 2.2 Document,
 * each holding the located emitters, their uncertainty ellipses drawn on the ground, tracks and probes.
 */
package org.roguewatch.locate.export;
