/**
 * Shared text: passages of different documents that hold the same words in the same order (a model
 * treaty's article, a template chapter). Fingerprints find candidates through the index; the words
 * themselves decide what is shared.
 */
package org.pacta.core.sharedtext;
