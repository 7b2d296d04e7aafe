package org.citytwin.pipeline.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.LongConsumer;
import javax.xml.stream.XMLStreamReader;
import org.citygml4j.core.model.core.AbstractCityObject;
import org.citygml4j.core.model.core.AbstractFeature;
import org.citygml4j.xml.reader.ChunkOptions;
import org.citygml4j.xml.reader.CityGMLChunk;
import org.citygml4j.xml.reader.CityGMLInputFactory;
import org.citygml4j.xml.reader.CityGMLReader;
import org.citytwin.model.IssueCategory;
import org.citytwin.model.IssueMessage;
import org.citytwin.model.LoadIssue;
import org.citytwin.model.Severity;
import org.citytwin.pipeline.CancelToken;
import org.citytwin.pipeline.DatasetRoot;
import org.citytwin.pipeline.LoadStats;
import org.citytwin.pipeline.appearance.AppearanceIndex;

/**
 * Reads one CityGML file with citygml4j in chunked mode: the calling thread splits the stream into
 * top-level feature chunks (through the {@link IurStreamFilter}); a worker pool builds each chunk and
 * hands the converted feature to a {@link FeatureHandler}. The number of chunks in flight is bounded,
 * so a huge file never sits in memory as unbuilt chunks. Problems become issues naming the file, the
 * line/column or gml:id; whatever was read before a fatal error is kept.
 */
public final class CityGmlFileReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CityGmlFileReader.class);

    private final ExecutorService workers;
    private final int maxInFlight;

    public CityGmlFileReader(ExecutorService workers, int threads) {
        this.workers = workers;
        this.maxInFlight = Math.max(8, threads * 16);
    }

    public <T> Result<T> read(Path file, FeatureHandler<T> handler, LongConsumer bytesRead, CancelToken cancel) {
        return read(file, handler, bytesRead, cancel, LoadStats.NONE);
    }

    public <T> Result<T> read(Path file, FeatureHandler<T> handler, LongConsumer bytesRead, CancelToken cancel,
                              LoadStats stats) {
        return read(file, handler, bytesRead, cancel, stats, null);
    }

    /**
     * As above, also filling {@code appearances} (null: appearances are ignored). A top-level appearance is
     * built on the reading thread before later chunks are submitted, so the features after it (PLATEAU puts
     * it first) see it complete; appearances inside a feature are added by its worker before conversion.
     */
    public <T> Result<T> read(Path file, FeatureHandler<T> handler, LongConsumer bytesRead, CancelToken cancel,
                              LoadStats stats, AppearanceIndex appearances) {
        return read(file, handler, bytesRead, cancel, stats, appearances, DatasetRoot.of(file));
    }

    /**
     * As above, with the dataset root the file belongs to: xlinks into documents outside it (or URLs) are
     * reported once. Nothing a file links to, and no schema its xsi:schemaLocation names, is ever read.
     */
    public <T> Result<T> read(Path file, FeatureHandler<T> handler, LongConsumer bytesRead, CancelToken cancel,
                              LoadStats stats, AppearanceIndex appearances, DatasetRoot root) {
        String name = file.toString();
        List<LoadIssue> issues = new ArrayList<>();
        List<T> results = new ArrayList<>();
        LoadIssue precheck = FileSniffer.check(file);
        if (precheck != null) {
            issues.add(precheck);
            return new Result<>(name, null, null, results, issues);
        }
        XmlEncoding.Decision encoding;
        try {
            encoding = XmlEncoding.decide(file);
        } catch (IOException e) {
            issues.add(LoadIssue.error(name, IssueMessage.of("issues.file.unopenable", String.valueOf(e.getMessage()))));
            return new Result<>(name, null, null, results, issues);
        }
        if (encoding.error() != null) {
            issues.add(new LoadIssue(Severity.ERROR, IssueCategory.ENCODING, name, 1, 0, null, encoding.error()));
            return new Result<>(name, null, null, results, issues);
        }
        if (encoding.warning() != null) {
            issues.add(new LoadIssue(Severity.WARNING, IssueCategory.ENCODING, name, 1, 0, null, encoding.warning()));
        }
        LongConsumer progress = monotone(bytesRead); // a declined fast read is followed by a second pass
        FastPass<T> fast = null;
        if (PlateauFastReader.enabled()) {
            fast = readFast(file, encoding, handler, progress, cancel, stats, appearances, root, issues);
            if (fast.result != null) return fast.result;
        }
        List<Future<T>> pending = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        TopLevelRecord previous = null;
        int appearancesSeen = 0;
        Semaphore inFlight = new Semaphore(maxInFlight);
        IurStreamFilter filter = null;
        ExternalLinks links = new ExternalLinks(file, root);
        try (InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress)) {
            filter = new IurStreamFilter(open(file, encoding, in), links);
            // Never give this factory a schema handler or createGenericADEContent(true): xml-objects would then
            // parse every xsi:schemaLocation the file names, local path or URL alike (see DatasetRoot)
            CityGMLInputFactory factory = CityGmlContexts.get().createCityGMLInputFactory()
                    .withChunking(ChunkOptions.defaults());
            try (CityGMLReader reader = factory.createCityGMLReader(filter)) {
                long t0 = System.nanoTime();
                while (reader.hasNext()) {
                    cancel.throwIfCancelled();
                    CityGMLChunk chunk = reader.nextChunk();
                    stats.readNanos.add(System.nanoTime() - t0);
                    FileHeader header = new FileHeader(filter.srsName(), filter.srsDimension(), filter.firstPoint());
                    IurStreamFilter f = filter;
                    TopLevelRecord last = filter.lastRecord();
                    int key = filter.records().size() - 1; // the last record's index: the same in both passes
                    boolean fresh = last != null && last != previous;
                    previous = last;
                    if (fast != null && fresh && fast.done.get(key) && chunk.getFirstElement() != null
                            && last.type.endsWith(":" + chunk.getFirstElement().getLocalPart())) {
                        last.matched = true; // the fast pass handled this feature
                        t0 = System.nanoTime();
                        continue;
                    }
                    if (appearances != null && isAppearance(chunk)) {
                        if (fast != null && appearancesSeen++ < fast.appearances()) { // the fast pass put it in
                            if (last != null && last.type.endsWith(":Appearance")) last.matched = true;
                        } else { // late when any object was handed out before it, on this pass or the fast one
                            readAppearance(chunk, f, appearances, name, !pending.isEmpty() || fast != null && !fast.pending().isEmpty());
                        }
                        t0 = System.nanoTime();
                        continue;
                    }
                    inFlight.acquire();
                    t0 = System.nanoTime();
                    keys.add(key);
                    pending.add(workers.submit(() -> {
                        try {
                            cancel.throwIfCancelled();
                            long b0 = System.nanoTime();
                            AbstractFeature feature = chunk.build();
                            TopLevelRecord record = f.record(feature.getId());
                            if (record != null) record.matched = true;
                            if (!(feature instanceof AbstractCityObject)) return null; // appearances: not city objects
                            stats.objects.increment();
                            if (appearances != null) new AppearanceConverter(appearances, name).addAll(feature);
                            RawFeature raw = new FeatureConverter(header.srsDimension()).convert(feature, record);
                            stats.buildNanos.add(System.nanoTime() - b0);
                            return handler.handle(raw, header);
                        } finally {
                            inFlight.release();
                        }
                    }));
                }
            }
        } catch (CancellationException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // an overflow or exhausted heap here comes from this file alone: its chunks are dropped, the load goes on;
            // a foreign root stopped the read on purpose and is reported by checkContent
            if (filter == null || !filter.foreignRoot()) {
                issues.add(XmlProblems.toIssue(name, e, "issues.xml.unreadable"));
            }
        }
        if (fast != null) pending = merged(fast, pending, keys);
        collect(name, pending, results, issues, cancel);
        if (filter != null) addFeaturesCitygml4jSkipped(filter, handler, results, issues, name);
        if (filter != null) checkContent(name, filter, results, issues);
        LoadIssue outside = links.issue(name);
        if (outside != null) issues.add(outside);
        return new Result<>(name, filter == null ? null : filter.citygmlVersion(),
                filter == null ? null : filter.srsName(), results, issues);
    }

    private static XMLStreamReader open(Path file, XmlEncoding.Decision encoding, InputStream in) throws Exception {
        if (encoding.charset() == null) {
            return SecureXml.inputFactory().createXMLStreamReader(file.toUri().toString(), in);
        } // decoded here: the parser would follow a declaration the bytes contradict, or miss UTF-16 without BOM
        in.skipNBytes(encoding.skip());
        return SecureXml.inputFactory().createXMLStreamReader(file.toUri().toString(),
                new InputStreamReader(in, encoding.charset()));
    }

    private static LongConsumer monotone(LongConsumer bytesRead) {
        long[] most = {0};
        return n -> {
            if (n > most[0]) {
                most[0] = n;
                bytesRead.accept(n);
            }
        };
    }

    /**
     * What the fast pass did: the whole result when it read the whole file; otherwise the features it handled
     * (by top-level record index) for the citygml4j pass to leave out and merge in document order, and how many
     * top-level appearances (the first ones of the file) it already put into the index.
     */
    private record FastPass<T>(Result<T> result, java.util.BitSet done, List<Integer> keys, List<Future<T>> pending,
                               int appearances) {
    }

    /** The fast pass's futures and the citygml4j pass's, in document (record) order. */
    private static <T> List<Future<T>> merged(FastPass<T> fast, List<Future<T>> pending, List<Integer> keys) {
        List<Integer> order = new ArrayList<>();
        List<Future<T>> all = new ArrayList<>(fast.pending());
        all.addAll(pending);
        List<Integer> allKeys = new ArrayList<>(fast.keys());
        allKeys.addAll(keys);
        for (int i = 0; i < all.size(); i++) order.add(i);
        order.sort(java.util.Comparator.comparingInt(allKeys::get)); // stable: chunks without a record keep their place
        return order.stream().map(all::get).toList();
    }

    /**
     * Reads the file with {@link PlateauFastReader}, without citygml4j objects. Features it does not understand are
     * skipped and left to a citygml4j pass; anything else it does not understand, or an XML error, ends the fast
     * pass there and the citygml4j pass reads the rest (and words the error). The handler sees each feature once.
     */
    private <T> FastPass<T> readFast(Path file, XmlEncoding.Decision encoding, FeatureHandler<T> handler,
                                     LongConsumer progress, CancelToken cancel, LoadStats stats,
                                     AppearanceIndex appearances, DatasetRoot root, List<LoadIssue> before) {
        String name = file.toString();
        List<Future<T>> pending = new ArrayList<>();
        List<Integer> keys = new ArrayList<>();
        java.util.BitSet done = new java.util.BitSet();
        Semaphore inFlight = new Semaphore(maxInFlight);
        ExternalLinks links = new ExternalLinks(file, root);
        IurStreamFilter filter = null;
        PlateauFastReader reader = null;
        boolean complete = false;
        try (InputStream in = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16), progress)) {
            filter = new IurStreamFilter(open(file, encoding, in), links);
            reader = new PlateauFastReader(filter, appearances == null ? null : new AppearanceSink(appearances, name));
            long t0 = System.nanoTime();
            FastFeature next;
            while ((next = reader.next()) != null) {
                cancel.throwIfCancelled();
                stats.readNanos.add(System.nanoTime() - t0);
                FileHeader header = new FileHeader(filter.srsName(), filter.srsDimension(), filter.firstPoint());
                FastFeature feature = next;
                feature.record.matched = true;
                int key = filter.records().size() - 1; // the member has ended, the next not begun
                if (filter.records().get(key) != feature.record) throw new IllegalStateException("record out of step");
                done.set(key);
                inFlight.acquire();
                t0 = System.nanoTime();
                keys.add(key);
                pending.add(workers.submit(() -> {
                    try {
                        cancel.throwIfCancelled();
                        long b0 = System.nanoTime();
                        stats.objects.increment();
                        RawFeature raw = feature.toRaw(header.srsDimension());
                        stats.buildNanos.add(System.nanoTime() - b0);
                        return handler.handle(raw, header);
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            complete = reader.declined().isEmpty();
            if (!complete) LOG.debug("{}: {} feature(s) are read with citygml4j", name, reader.declined().size());
        } catch (CancellationException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            LOG.debug("{} is read on with citygml4j: {}", name, e.getMessage());
        }
        int appearancesRead = reader == null ? 0 : reader.appearancesRead();
        if (!complete) return new FastPass<>(null, done, keys, pending, appearancesRead);
        List<LoadIssue> issues = new ArrayList<>(before);
        List<T> results = new ArrayList<>();
        collect(name, pending, results, issues, cancel);
        stats.fastFiles.increment();
        addFeaturesCitygml4jSkipped(filter, handler, results, issues, name);
        checkContent(name, filter, results, issues);
        LoadIssue outside = links.issue(name);
        if (outside != null) issues.add(outside);
        return new FastPass<>(new Result<>(name, filter.citygmlVersion(), filter.srsName(), results, issues), done, keys, pending,
                appearancesRead);
    }

    private static boolean isAppearance(CityGMLChunk chunk) {
        return chunk.getFirstElement() != null && "Appearance".equals(chunk.getFirstElement().getLocalPart());
    }

    private static void readAppearance(CityGMLChunk chunk, IurStreamFilter filter, AppearanceIndex appearances,
                                       String name, boolean late) throws Exception {
        AbstractFeature feature = chunk.build();
        TopLevelRecord record = filter.record(feature.getId());
        if (record != null) record.matched = true;
        new AppearanceConverter(appearances, name).addAll(feature);
        if (late) appearances.markLate();
    }

    /**
     * citygml4j drops some top-level city objects without a word (e.g. an empty {@code <brid:Bridge/>}).
     * They still exist in the file, so they become objects without geometry; other unread features are reported.
     */
    private static <T> void addFeaturesCitygml4jSkipped(IurStreamFilter filter, FeatureHandler<T> handler,
                                                       List<T> results, List<LoadIssue> issues, String name) {
        boolean fatal = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        for (TopLevelRecord record : filter.records()) {
            if (record.matched || fatal) continue;
            if (!record.components.isEmpty()) {
                record.matched = true;
                for (RawFeature component : record.components) {
                    T result = handleQuietly(handler, filter.utilityTopology().annotate(component), filter);
                    if (result != null) results.add(result);
                }
                if (record.type.endsWith(":Network")) {
                    issues.add(new LoadIssue(Severity.INFO, IssueCategory.OTHER, name, record.line, record.column, record.id,
                            topologyNote(record.type, record.components.size(), filter.utilityTopology())));
                }
                continue;
            }
            if (CityObjectTypes.isCityObject(record.type)) {
                RawFeature empty = new RawFeature(record.id, record.type, null, record.line, new java.util.TreeSet<>(),
                        java.util.Map.of(), List.copyOf(record.attributes));
                record.matched = true;
                T result = handleQuietly(handler, empty, filter);
                if (result != null) results.add(result);
            } else if (record.type.startsWith("utility:") && record.type.endsWith("Material")) {
                issues.add(new LoadIssue(Severity.INFO, IssueCategory.OTHER, name, record.line, record.column, record.id,
                        IssueMessage.of("issues.read.material", record.type)));
                record.matched = true;
            } else {
                issues.add(new LoadIssue(Severity.WARNING, IssueCategory.UNSUPPORTED_FEATURE, name, record.line, record.column, record.id,
                        IssueMessage.of("issues.read.unsupported", record.type)));
                record.matched = true;
            }
        }
    }

    private static IssueMessage topologyNote(String type, int components, UtilityTopology topology) {
        if (topology.isEmpty()) return IssueMessage.of("issues.read.network.no-topology", type, components);
        return IssueMessage.of("issues.read.network.parts", type, components, topology.partCount());
    }

    private static <T> T handleQuietly(FeatureHandler<T> handler, RawFeature feature, IurStreamFilter filter) {
        try {
            return handler.handle(feature, new FileHeader(filter.srsName(), filter.srsDimension(), filter.firstPoint()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> void collect(String name, List<Future<T>> pending, List<T> results, List<LoadIssue> issues,
                                    CancelToken cancel) {
        for (Future<T> future : pending) {
            try {
                T result = future.get();
                if (result != null) results.add(result);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CancellationException c) throw c;
                issues.add(XmlProblems.toIssue(name, e.getCause(), "issues.xml.unbuildable"));
            }
        }
        cancel.throwIfCancelled();
    }

    private static void checkContent(String name, IurStreamFilter filter, List<?> results, List<LoadIssue> issues) {
        boolean fatal = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        if (filter.rootElement() != null && filter.citygmlVersion() == null) {
            issues.add(LoadIssue.error(name, IssueMessage.of("issues.read.not-citygml", filter.rootElement().getLocalPart(),
                    filter.rootElement().getNamespaceURI())));
            return;
        }
        if (results.isEmpty() && !fatal) {
            issues.add(LoadIssue.error(name, IssueMessage.of("issues.read.empty")));
        }
        for (IssueMessage note : filter.notes()) issues.add(new LoadIssue(Severity.WARNING, IssueCategory.OTHER, name, 0, 0, null, note));
        filter.duplicates().forEach((id, shared) -> issues.add(duplicateId(name, id, shared)));
        issues.addAll(filter.quality().issues(name, !fatal)); // a truncated file's XLinks may point past the end
    }

    private static LoadIssue duplicateId(String name, String id, List<TopLevelRecord> shared) {
        // "line 5, line 9 and line 17", built as nested messages so each language words the list its own way
        IssueMessage where = IssueMessage.of("issues.read.lines.first", String.valueOf(shared.get(0).line));
        for (int i = 1; i < shared.size(); i++) {
            where = IssueMessage.of(i == shared.size() - 1 ? "issues.read.lines.last" : "issues.read.lines.next", where,
                    String.valueOf(shared.get(i).line));
        }
        TopLevelRecord second = shared.get(1);
        return new LoadIssue(Severity.WARNING, IssueCategory.DUPLICATE_ID, name, second.line, second.column, id,
                IssueMessage.of("issues.read.duplicate-id", shared.size(), id, where));
    }

    /** Results of one file, in document order. */
    public record Result<T>(String path, String citygmlVersion, String srsName, List<T> results, List<LoadIssue> issues) {
    }
}
