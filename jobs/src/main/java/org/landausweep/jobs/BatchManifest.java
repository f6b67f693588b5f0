package org.landausweep.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * What a commit marker records: for each table file of the batch, its path under the sweep's table
 * partition, its size, its row count (from the Parquet footer) and the SHA-256 of its bytes. A marker
 * is written once, whole, after the files are in place; the files are then checked against it
 * ({@link SweepVerification}).
 *
 * <pre>{"batch":"00-03","files":[{"table":"timeseries","path":"d=2/part-00-03.parquet","size":9183,"rows":160,"sha256":"…"}, …]}</pre>
 *
 * @param batch the batch id
 * @param files its table files, in commit order
 */
public record BatchManifest(String batch, List<Entry> files) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One table file of a batch.
     *
     * @param table  runs or timeseries
     * @param path   relative to the sweep's partition of the table, e.g. {@code d=2/part-00-03.parquet}
     * @param size   bytes
     * @param rows   rows, from the Parquet footer
     * @param sha256 the SHA-256 of the bytes, lower-case hex
     */
    public record Entry(String table, String path, long size, long rows, String sha256) {
    }

    /** The entry of the file of {@code table} at {@code relative} under the sweep's partition, measured on the file system. */
    static Entry measure(SweepLayout layout, String table, String relative) throws IOException {
        FileSystem fs = layout.fs();
        Path file = new Path(layout.tableRoot(table), relative);
        try {
            long rows;
            try (ParquetFileReader reader = ParquetFileReader.open(HadoopInputFile.fromPath(file, fs.getConf()))) {
                rows = reader.getRecordCount();
            }
            return new Entry(table, relative, fs.getFileStatus(file).getLen(), rows, sha256(fs, file));
        } catch (IOException | FSError e) {
            throw OutputFiles.failure("cannot read", file, e);
        }
    }

    /** The SHA-256 of the bytes of {@code file}, lower-case hex. */
    static String sha256(FileSystem fs, Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(fs.open(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The marker's text. */
    String toJson() {
        ObjectNode root = JSON.createObjectNode().put("batch", batch);
        ArrayNode list = root.putArray("files");
        for (Entry e : files) {
            list.addObject().put("table", e.table()).put("path", e.path()).put("size", e.size()).put("rows", e.rows()).put("sha256", e.sha256());
        }
        return root.toString() + "\n";
    }

    /** The manifest a marker's text holds; throws {@link IllegalArgumentException} when it holds none (empty, cut, not ours). */
    static BatchManifest parse(String batch, String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a manifest (" + (text.isBlank() ? "empty" : "not JSON") + ")");
        }
        if (root == null || !root.isObject() || !batch.equals(root.path("batch").asText()) || !root.path("files").isArray()) {
            throw new IllegalArgumentException(text.isBlank() ? "empty (a marker without a manifest)" : "not a manifest of batch " + batch);
        }
        List<Entry> files = new ArrayList<>();
        for (JsonNode f : root.get("files")) {
            if (!f.path("path").isTextual() || !f.path("size").canConvertToLong() || !f.path("sha256").isTextual()) {
                throw new IllegalArgumentException("an entry lacks path, size or sha256: " + f);
            }
            files.add(new Entry(f.path("table").asText(), f.get("path").asText(), f.get("size").asLong(), f.path("rows").asLong(),
                    f.get("sha256").asText()));
        }
        return new BatchManifest(batch, List.copyOf(files));
    }
}
