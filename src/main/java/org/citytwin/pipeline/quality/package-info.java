/**
 * Data-quality checks on geometry as it is built (rings in the local metric frame), aggregated per object
 * so a bad file yields one issue per object and category, with a count, never thousands of lines.
 */
package org.citytwin.pipeline.quality;
