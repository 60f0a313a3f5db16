package org.pacta.ingest.extract;

/** Why a document yielded no usable text. */
public enum FailureKind {
    /** The bytes are not a valid instance of their (detected) format. */
    CORRUPT,
    /** Password protected / encrypted content that cannot be opened without a key. */
    ENCRYPTED,
    /** The per-document time limit was exceeded (parse abandoned). */
    TIMEOUT,
    /** The text exceeded the configured maximum number of characters. */
    TOO_LARGE,
    /** No parser for the detected media type (e.g. arbitrary binary). */
    UNSUPPORTED_TYPE,
    /** Zero bytes, or a parsable document without any text. */
    EMPTY,
    /** The document needs OCR (scan / image) but OCR is disabled or tesseract is not installed. */
    OCR_UNAVAILABLE,
    /** Suspected decompression bomb (output/input ratio, nesting depth). */
    ZIP_BOMB,
    /** The parser ran out of memory. */
    OUT_OF_MEMORY,
    /** The file could not be read (missing, permissions, I/O failure). */
    IO_ERROR
}
