/**
 * How stages fit together: the {@link org.tidings.pipeline.Extractor} that turns a source into an
 * article, the {@link org.tidings.pipeline.Annotator}s that add annotations to it, and the {@link
 * org.tidings.pipeline.Pipeline} that runs them over many sources.
 */
package org.tidings.pipeline;
