package dev.xxgk.internal.read.docx;

import dev.xxgk.internal.doc.Document;
import dev.xxgk.internal.read.InputProblem;
import dev.xxgk.internal.read.Readers;
import dev.xxgk.internal.read.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Builds DOCX files with POI the way Word lays out reports: numbered headings, merged cells. */
final class PoiDocs {

  private PoiDocs() {}

  /** One table cell to build: text, columns spanned, and vertical-merge role. */
  record Cell(String text, int span, STMerge.Enum vMerge) {

    Cell span(int n) {
      return new Cell(text, n, vMerge);
    }

    Cell restart() {
      return new Cell(text, span, STMerge.RESTART);
    }
  }

  static Cell c(String text) {
    return new Cell(text, 1, null);
  }

  /** A cell continuing the vertical merge above it. */
  static Cell cont() {
    return new Cell("", 1, STMerge.CONTINUE);
  }

  /**
   * Adds a list with three levels, as Word writes Chinese outline numbering: {@code 一、},
   * {@code （一）}, {@code 1.}. Returns the numId.
   */
  static BigInteger outlineList(XWPFDocument doc) {
    CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
    XWPFNumbering numbering = doc.createNumbering();
    abs.setAbstractNumId(BigInteger.valueOf(numbering.getAbstractNums().size() + 7));
    level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
    level(abs, 1, STNumberFormat.CHINESE_COUNTING, "（%2）");
    level(abs, 2, STNumberFormat.DECIMAL, "%3.");
    BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering));
    return numbering.addNum(absId);
  }

  static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum fmt, String text) {
    CTLvl lvl = abs.addNewLvl();
    lvl.setIlvl(BigInteger.valueOf(ilvl));
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(fmt);
    lvl.addNewLvlText().setVal(text);
  }

  static XWPFParagraph numbered(XWPFDocument doc, BigInteger numId, int ilvl, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.setNumID(numId);
    p.setNumILvl(BigInteger.valueOf(ilvl));
    p.createRun().setText(text);
    return p;
  }

  static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    return p;
  }

  /** Adds a table to the body with exactly the given cells in each row. */
  static CTTbl table(XWPFDocument doc, Cell[]... rows) {
    CTTbl tbl = doc.getDocument().getBody().addNewTbl();
    fill(tbl, rows);
    return tbl;
  }

  /** Adds a table inside a cell, after the cell's paragraphs. */
  static CTTbl nested(CTTc cell, Cell[]... rows) {
    CTTbl tbl = cell.addNewTbl();
    fill(tbl, rows);
    cell.addNewP();
    return tbl;
  }

  static void fill(CTTbl tbl, Cell[]... rows) {
    tbl.addNewTblPr();
    for (Cell[] row : rows) {
      CTRow tr = tbl.addNewTr();
      for (Cell cell : row) {
        CTTc tc = tr.addNewTc();
        CTTcPr pr = tc.addNewTcPr();
        if (cell.span() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
        }
        if (cell.vMerge() != null) {
          pr.addNewVMerge().setVal(cell.vMerge());
        }
        tc.addNewP().addNewR().addNewT().setStringValue(cell.text());
      }
    }
  }

  static byte[] bytes(XWPFDocument doc) {
    try (doc; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads bytes the way the pipeline does: sniff, then the reader for the sniffed type. */
  static Document read(byte[] bytes) throws InputProblem {
    return Readers.read(Source.of("report.docx", bytes));
  }
}
