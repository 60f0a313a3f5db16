package org.pacta.elasticsearch.node;

import com.sun.security.auth.module.UnixSystem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Elasticsearch refuses to run as root. When Pacta is root, the node runs as an unprivileged
 * system user that owns the node's files; otherwise it runs as whoever runs Pacta.
 */
final class NodeUser {

    private final String name;
    private final boolean root;

    private NodeUser(String name, boolean root) {
        this.name = name;
        this.root = root;
    }

    static NodeUser forCurrentProcess(String systemUser) {
        return new NodeUser(systemUser, new UnixSystem().getUid() == 0);
    }

    boolean switchesUser() {
        return root;
    }

    String name() {
        return name;
    }

    /** Creates the system user if it is missing (root only). */
    void ensureExists() {
        if (!root || Commands.run(List.of("id", "-u", name)).ok()) {
            return;
        }
        Commands.Result created = Commands.run(List.of("useradd", "--system", "--user-group", "--no-create-home",
                "--shell", "/usr/sbin/nologin", name));
        if (!created.ok() && !Commands.run(List.of("id", "-u", name)).ok()) {
            throw new LocalNodeException("Cannot create the system user '" + name + "' that the local Elasticsearch "
                    + "node runs as (Elasticsearch refuses to run as root): " + created.output().strip());
        }
    }

    /** Gives the node's writable directories to the node's user (root only). */
    void takeOwnership(Path... dirs) {
        if (!root) {
            return;
        }
        List<String> chown = new ArrayList<>(List.of("chown", "-R", name + ":" + name));
        for (Path dir : dirs) {
            chown.add(dir.toString());
        }
        Commands.Result result = Commands.run(chown);
        if (!result.ok()) {
            throw new LocalNodeException("Cannot give the node's files to user '" + name + "': " + result.output().strip());
        }
    }

    /** Checks, as the node's user, that it can read the distribution and write its data dir. */
    void checkAccess(Path distribution, Path writableDir) {
        Commands.Result result = Commands.run(runAs(List.of("sh", "-c",
                "test -r \"$1\" && test -x \"$1/bin/elasticsearch\" && test -w \"$2\"", "check",
                distribution.toString(), writableDir.toString())));
        if (!result.ok()) {
            throw new LocalNodeException("User '" + (root ? name : System.getProperty("user.name"))
                    + "' cannot read " + distribution + " or write " + writableDir
                    + ". Every parent directory must be searchable by that user (e.g. chmod o+x), or set PACTA_HOME "
                    + "to a directory outside private home folders.");
        }
    }

    /** Prefixes a command so that it runs as the node's user. */
    List<String> runAs(List<String> command) {
        if (!root) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name, "--init-groups"));
        wrapped.addAll(command);
        return wrapped;
    }
}
