package org.pacta.elasticsearch.index;

/**
 * One of Pacta's indices: its mapping file is {@code mappings/<name>-v<version>.json}, its concrete
 * index {@code <prefix>-<name>-v<version>}, reached through the alias {@code <prefix>-<name>}.
 */
public record IndexDefinition(String name, int version) {

    public static final IndexDefinition DOCUMENTS = new IndexDefinition("documents", 1);

    /** The catalog of ingested files, so a re-run skips unchanged files without reading them. */
    public static final IndexDefinition FILES = new IndexDefinition("files", 1);

    /** The documents cut into citable passages (articles, annexes, pages), each with its document's facts. */
    public static final IndexDefinition PASSAGES = new IndexDefinition("passages", 1);

    /** Agreements built from the documents; rebuilt from them at will. */
    public static final IndexDefinition AGREEMENTS = new IndexDefinition("agreements", 1);

    public String mappingResource() {
        return "mappings/" + name + "-v" + version + ".json";
    }

    public String alias(String prefix) {
        return prefix + "-" + name;
    }

    public String concreteIndex(String prefix) {
        return alias(prefix) + "-v" + version;
    }
}
