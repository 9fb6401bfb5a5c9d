package org.qualityportal.content.oak;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;

import javax.jcr.Node;
import javax.jcr.Repository;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.GuestCredentials;

import org.apache.jackrabbit.api.JackrabbitRepository;
import org.apache.jackrabbit.oak.Oak;
import org.apache.jackrabbit.oak.jcr.Jcr;
import org.apache.jackrabbit.oak.spi.security.OpenSecurityProvider;
import org.apache.jackrabbit.oak.segment.SegmentNodeStoreBuilders;
import org.apache.jackrabbit.oak.segment.file.FileStore;
import org.apache.jackrabbit.oak.segment.file.FileStoreBuilder;
import org.apache.jackrabbit.oak.segment.file.InvalidFileStoreVersionException;
import org.apache.jackrabbit.oak.plugins.memory.MemoryNodeStore;
import org.apache.jackrabbit.oak.spi.state.NodeStore;
import org.qualityportal.content.ContentAccessException;
import org.qualityportal.content.ContentProperties;
import org.qualityportal.content.ContentSession;
import org.qualityportal.content.ContentStore;
import org.qualityportal.content.ContentView;
import org.qualityportal.content.ContentWriter;
import org.qualityportal.content.LiveChange;
import org.qualityportal.content.LiveMarks;
import org.qualityportal.content.NodeKind;
import org.qualityportal.content.Publisher;
import org.qualityportal.content.Workspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The content store on an embedded Jackrabbit Oak repository. */
public final class OakContentStore implements ContentStore {
    private static final Logger LOG = LoggerFactory.getLogger(OakContentStore.class);

    /** The namespace of the portal's own properties ({@code qp:type}, {@code qp:template}, ...). */
    static final String NAMESPACE_PREFIX = "qp";
    static final String NAMESPACE_URI = "urn:qualityportal:content:1.0";

    private final Repository repository;
    private final AutoCloseable storage;
    private final Sessions sessions;
    private final Clock clock;
    private final JcrRecords records;
    private final OakLiveMarks liveMarks;

    private OakContentStore(Repository repository, NodeStore nodeStore, AutoCloseable storage, Clock clock) {
        this.repository = repository;
        this.liveMarks = new OakLiveMarks(nodeStore);
        this.storage = storage;
        this.clock = clock;
        this.sessions = new Sessions(repository);
        this.records = new JcrRecords(sessions, clock);
        sessions.write(this::ensureTrees);
    }

    /** A repository in memory, for tests. */
    public static OakContentStore inMemory() {
        return inMemory(Clock.systemUTC());
    }

    public static OakContentStore inMemory(Clock clock) {
        NodeStore nodeStore = new MemoryNodeStore();
        return new OakContentStore(jcr(new Oak(nodeStore)).createRepository(), nodeStore, () -> { }, clock);
    }

    /**
     * A persistent repository in segment-tar files under {@code directory}. Oak itself locks the
     * directory, so a second process fails here rather than corrupting it.
     */
    public static OakContentStore segmentTar(Path directory) throws IOException {
        Files.createDirectories(directory);
        FileStore fileStore;
        try {
            fileStore = FileStoreBuilder.fileStoreBuilder(directory.toFile()).build();
        } catch (InvalidFileStoreVersionException e) {
            throw new IOException("Repository at " + directory + " has an unsupported format: " + e.getMessage(), e);
        }
        try {
            NodeStore nodeStore = SegmentNodeStoreBuilders.builder(fileStore).build();
            Repository repository = jcr(new Oak(nodeStore)).createRepository();
            return new OakContentStore(repository, nodeStore, fileStore::close, Clock.systemUTC());
        } catch (RuntimeException e) {
            fileStore.close();
            throw e;
        }
    }

    /**
     * Access control is the portal's job (Spring Security on every request), not the repository's:
     * the open security provider spares a password hash on every session and Oak's user store.
     */
    private static Jcr jcr(Oak oak) {
        return new Jcr(oak).with(new OpenSecurityProvider());
    }

    private Void ensureTrees(Session session) throws RepositoryException {
        javax.jcr.NamespaceRegistry namespaces = session.getWorkspace().getNamespaceRegistry();
        if (!java.util.Arrays.asList(namespaces.getPrefixes()).contains(NAMESPACE_PREFIX)) {
            namespaces.registerNamespace(NAMESPACE_PREFIX, NAMESPACE_URI);
        }
        Node root = session.getRootNode();
        Node live = Nodes.child(root, Nodes.LIVE_ROOT.substring(1));
        Nodes.child(root, Nodes.VERSIONS_ROOT.substring(1));
        if (!root.hasNode(JcrRecords.ROOT.substring(1))) {
            root.addNode(JcrRecords.ROOT.substring(1), JcrRecords.NODE_TYPE);
        }
        for (String tree : TREES) {
            for (Node parent : new Node[] {root, live}) {
                Node node = Nodes.child(parent, tree);
                if (!node.hasProperty(ContentProperties.TYPE)) {
                    node.setProperty(ContentProperties.TYPE, NodeKind.FOLDER);
                }
            }
        }
        return null;
    }

    @Override
    public ContentView view(Workspace workspace) {
        return new JcrView(sessions, sessions, workspace, () -> { });
    }

    @Override
    public ContentSession open(Workspace workspace) {
        Session session;
        try {
            session = sessions.login();
        } catch (RepositoryException e) {
            throw new ContentAccessException(e);
        }
        Reader pinned = new Reader() {
            @Override
            public <T> T read(Sessions.Work<T> work) {
                try {
                    return work.run(session);
                } catch (RepositoryException | IOException e) {
                    throw new ContentAccessException(e);
                }
            }
        };
        return new JcrView(sessions, pinned, workspace, session::logout);
    }

    /** Direct repository access, for the tests of this package. */
    Sessions sessions() {
        return sessions;
    }

    /** Runs read-only work on a session. */
    interface Reader {
        <T> T read(Sessions.Work<T> work);
    }

    @Override
    public ContentWriter writer() {
        return new JcrWriter(sessions, clock);
    }

    @Override
    public Publisher publisher() {
        return new JcrPublisher(sessions, clock);
    }

    @Override
    public org.qualityportal.content.Records records() {
        return records;
    }

    @Override
    public AutoCloseable onLiveChange(Consumer<LiveChange> listener) {
        try {
            return new LiveObservation(sessions.login(), listener);
        } catch (RepositoryException e) {
            throw new ContentAccessException(e);
        }
    }

    @Override
    public LiveMarks liveMarks() {
        return liveMarks;
    }

    /** Only the content {@link #TREES} count: versions and system records are not content. */
    @Override
    public boolean isEmpty() {
        return sessions.read(session -> {
            for (String tree : TREES) {
                if (session.getNode("/" + tree).hasNodes()) {
                    return false;
                }
            }
            return true;
        });
    }

    @Override
    public void close() {
        if (repository instanceof JackrabbitRepository jackrabbit) {
            jackrabbit.shutdown();
        }
        try {
            storage.close();
        } catch (Exception e) {
            LOG.warn("Closing the repository storage failed", e);
        }
    }

    /** Opens a session per unit of work, so no JCR session is shared between threads. */
    static final class Sessions implements Reader {
        private final Repository repository;

        Sessions(Repository repository) {
            this.repository = repository;
        }

        interface Work<T> {
            T run(Session session) throws RepositoryException, IOException;
        }

        Session login() throws RepositoryException {
            return repository.login(new GuestCredentials());
        }

        @Override
        public <T> T read(Work<T> work) {
            Session session = null;
            try {
                session = login();
                return work.run(session);
            } catch (RepositoryException | IOException e) {
                throw new ContentAccessException(e);
            } finally {
                if (session != null) {
                    session.logout();
                }
            }
        }

        /** Runs the work and saves once; nothing is saved if it fails. */
        <T> T write(Work<T> work) {
            return read(session -> {
                T result = work.run(session);
                if (session.hasPendingChanges()) {
                    session.save();
                }
                return result;
            });
        }
    }
}
