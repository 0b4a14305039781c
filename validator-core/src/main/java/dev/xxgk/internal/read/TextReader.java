package dev.xxgk.internal.read;

import dev.xxgk.internal.doc.Block;
import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.doc.GridCell;
import dev.xxgk.internal.doc.Paragraph;
import dev.xxgk.model.SourceRef;
import dev.xxgk.internal.doc.TableGrid;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text, one paragraph per line, keeping line numbers. Lines that are table rows become
 * table grids: rows of {@code |}-separated cells (as web-page-to-text tools write them), or a label
 * followed by whitespace-separated numbers, or cells separated by runs of spaces (as PDF-to-text
 * tools lay out columns). Consecutive row lines form one table; blank lines do not end a table.
 */
public final class TextReader implements DocumentReader {

  private static final Pattern WIDE_GAP = Pattern.compile("\\s{2,}|\\t");
  private static final Pattern LABEL_AND_NUMBERS =
      Pattern.compile("^(\\S.*?\\S)((?:[ \\u3000]+(?:-?[\\d,]+(?:\\.\\d+)?|[-—/无]))+)\\s*$");
  private static final int PROSE_LENGTH = 60;

  @Override
  public Document read(Source source) throws InputProblem {
    String text = TextDecoder.decode(source.bytes(), null);
    return parse(text, "text/plain");
  }

  /** Splits decoded text into paragraphs and tables. */
  public static Document parse(String text, String mediaType) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<Block> blocks = new ArrayList<>();
    List<List<GridCell>> tableRows = new ArrayList<>();
    int tableLine = 0;
    int tableIndex = 0;
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].replace("\u00a0", " ").strip();
      List<String> cells = line.isEmpty() ? null : cells(line);
      if (line.isEmpty()) {
        continue;
      }
      if (cells != null) {
        if (tableRows.isEmpty()) {
          tableLine = lineNo;
        }
        int row = tableRows.size();
        List<GridCell> gridRow = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          gridRow.add(GridCell.of(cells.get(c), new SourceRef(null, lineNo, tableIndex, row, c)));
        }
        tableRows.add(gridRow);
        continue;
      }
      if (!tableRows.isEmpty()) {
        blocks.add(new TableGrid(tableRows, SourceRef.line(tableLine)));
        tableRows = new ArrayList<>();
        tableIndex++;
      }
      blocks.add(new Paragraph(line.indexOf('|') >= 0 ? stripPipes(line) : line,
          SourceRef.line(lineNo)));
    }
    if (!tableRows.isEmpty()) {
      blocks.add(new TableGrid(tableRows, SourceRef.line(tableLine)));
    }
    return new Document(blocks, mediaType);
  }

  /** The cells of a table-row line, or null when the line is prose. */
  static List<String> cells(String line) {
    if (line.indexOf('|') >= 0) {
      return pipeCells(line);
    }
    if (line.contains("。")) {
      return null;
    }
    String[] parts = WIDE_GAP.split(line);
    if (parts.length >= 2 && line.length() < 200) {
      return List.of(parts);
    }
    var m = LABEL_AND_NUMBERS.matcher(line);
    if (m.matches() && m.group(1).codePoints().anyMatch(Character::isLetter)) {
      List<String> out = new ArrayList<>();
      out.add(m.group(1).strip());
      for (String n : m.group(2).strip().split("[ \\u3000]+")) {
        out.add(n);
      }
      return out;
    }
    return null;
  }

  private static List<String> pipeCells(String line) {
    String body = line;
    if (body.startsWith("|")) {
      body = body.substring(1);
    }
    if (body.endsWith("|")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> out = new ArrayList<>();
    if (line.equals("|")) {
      return out;
    }
    for (String part : body.split("\\|", -1)) {
      out.add(part.strip());
    }
    List<String> filled = out.stream().filter(s -> !s.isEmpty()).toList();
    if (filled.size() == 1 && isProse(filled.get(0))) {
      return null;
    }
    return out;
  }

  private static String stripPipes(String line) {
    return line.replaceAll("\\s*\\|+\\s*", " ").strip();
  }

  /** A lone "cell" of running text is a paragraph that a converter decorated with pipes. */
  private static boolean isProse(String s) {
    return s.length() >= PROSE_LENGTH || s.contains("。") || s.contains("年度报告");
  }
}
