package org.isnad.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Selection} of a store in a {@link Format}. Exports stream: entities, then
 * facts, a chunk at a time; what stays in memory is ids (the articles already written, and for
 * FtM and GEXF each entity's type). Every format carries Arabic, quotes, commas and line breaks
 * as they are; ids are the store's, so exporting the same store again gives the same ids.
 */
public final class Export {
  private Export() {}

  /**
   * Writes a folder format into {@code out} (created if missing), or a file format to the file
   * {@code out}; a null {@code out} sends a file format to {@code stdout}.
   */
  public static Counts write(Selection selection, Format format, Path out, OutputStream stdout) throws IOException {
    if (format.directory()) {
      if (out == null) {
        throw new IllegalArgumentException(format.name().toLowerCase(java.util.Locale.ROOT)
            + " writes several files: give a folder with --out");
      }
      Files.createDirectories(out);
      return format == Format.CSV ? CsvExport.write(selection, out) : Neo4jExport.write(selection, out);
    }
    if (out == null) {
      OutputStream o = new BufferedOutputStream(new NonClosing(stdout), 1 << 16);
      Counts c = write(selection, format, o);
      o.flush();
      return c;
    }
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      return write(selection, format, o);
    }
  }

  private static Counts write(Selection selection, Format format, OutputStream out) throws IOException {
    return switch (format) {
      case FTM -> FtmExport.write(selection, out);
      case GEXF -> GexfExport.write(selection, out);
      case JSONLD -> JsonLdExport.write(selection, out);
      default -> throw new IllegalArgumentException(format + " is a folder format");
    };
  }

  /** Standard output stays open after an export. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
