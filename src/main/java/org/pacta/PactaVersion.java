package org.pacta;

import picocli.CommandLine.IVersionProvider;

/** {@code ./pacta --version}: the Maven project version, which the packaged jar's manifest carries. */
public final class PactaVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Pacta.class.getPackage().getImplementationVersion();
        return new String[]{"Pacta " + (version != null ? version : "(development build: run from classes, not the packaged jar)"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
