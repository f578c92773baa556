/**
 * Speed and accuracy comparison of the language stages with their peers (Stanford CoreNLP, Apache
 * OpenNLP). Built only under the Maven profile {@code bench}, which adds the peers' jars and this
 * source folder; CoreNLP is GPL and never reaches the shipped modules.
 */
package org.tidings.eval.bench;
