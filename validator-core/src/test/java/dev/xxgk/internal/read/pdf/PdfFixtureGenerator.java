package dev.xxgk.internal.read.pdf;

import static dev.xxgk.internal.read.pdf.PdfCanvas.Cell.of;
import static dev.xxgk.internal.read.pdf.PdfCanvas.Cell.span;
import static dev.xxgk.internal.read.pdf.PdfCanvas.Cell.vertical;

import dev.xxgk.internal.read.pdf.PdfCanvas.Cell;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * Makes the CJK PDF fixtures in {@code src/test/resources/pdf}. Not run by the build (the name
 * does not end in Test); the PDFs it wrote are committed, with the font subset embedded, so the
 * tests need no system fonts. Regenerate (needs {@code apt-get install fonts-wqy-zenhei}):
 *
 * <pre>./mvnw -B -pl validator-core -am test -Dtest=PdfFixtureGenerator \
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * or run {@link #main} with the output directory and the font file as arguments.
 */
public final class PdfFixtureGenerator {

  static final String FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
  private static final String[] LEAVES = {"结果维持", "结果纠正", "其他结果", "尚未审结", "总计"};

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/pdf");
    generate(dir, args.length > 1 ? args[1] : FONT);
  }

  @Test
  void regenerate() throws IOException {
    generate(Path.of("src/test/resources/pdf"), FONT);
  }

  static void generate(Path dir, String fontFile) throws IOException {
    Files.createDirectories(dir);
    try (TrueTypeCollection ttc = new TrueTypeCollection(new File(fontFile))) {
      TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
      write(dir.resolve("ruled-merged.pdf"), ttf, PdfFixtureGenerator::ruledMerged);
      write(dir.resolve("split-table.pdf"), ttf, PdfFixtureGenerator::splitTable);
      write(dir.resolve("unruled.pdf"), ttf, PdfFixtureGenerator::unruled);
    }
  }

  private interface Drawing {
    void draw(PDDocument doc, PDType0Font font) throws IOException;
  }

  private static void write(Path file, TrueTypeFont ttf, Drawing drawing) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      doc.getDocumentInformation().setProducer("xxgk PdfFixtureGenerator");
      drawing.draw(doc, PDType0Font.load(doc, ttf, true));
      doc.save(file.toFile());
    }
  }

  /** An excerpt of table 3 with merged, vertical labels and a blank cell; then table 4. */
  static void ruledMerged(PDDocument doc, PDType0Font font) throws IOException {
    try (PdfCanvas page = new PdfCanvas(doc, font)) {
      page.text(70, 80, 14, "三、收到和处理政府信息公开申请情况");
      List<Cell> t3 = new ArrayList<>();
      t3.add(span(0, 0, 1, 3, "项目"));
      t3.add(of(0, 3, "自然人"));
      t3.add(of(0, 4, "总计"));
      t3.add(vertical(1, 0, 4, 1, "三、本年度办理结果"));
      t3.add(span(1, 1, 1, 2, "（一）予以公开"));
      t3.add(span(2, 1, 3, 1, "（三）不予公开"));
      t3.add(of(2, 2, "1.属于国家秘密"));
      t3.add(of(3, 2, "2.其他法律行政法规禁止公开"));
      t3.add(of(4, 2, "3.危及“三安全一稳定”"));
      String[][] values = {{"12", "12"}, {"1", "1"}, {"", "0"}, {"2", "2"}};
      for (int r = 0; r < values.length; r++) {
        t3.add(of(r + 1, 3, values[r][0]));
        t3.add(of(r + 1, 4, values[r][1]));
      }
      float[] w3 = {40, 70, 150, 90, 90};
      float[] h3 = {24, 24, 24, 24, 24};
      float bottom = page.table(70, 100, w3, h3, t3, 9);

      page.text(70, bottom + 40, 14, "四、政府信息公开行政复议、行政诉讼情况");
      float[] w4 = new float[15];
      java.util.Arrays.fill(w4, 30);
      page.table(70, bottom + 60, w4, new float[] {22, 22, 60, 22}, table4(), 8);
    }
  }

  private static List<Cell> table4() {
    List<Cell> t4 = new ArrayList<>();
    t4.add(span(0, 0, 1, 5, "行政复议"));
    t4.add(span(0, 5, 1, 10, "行政诉讼"));
    t4.add(span(1, 5, 1, 5, "未经复议直接起诉"));
    t4.add(span(1, 10, 1, 5, "复议后起诉"));
    for (int i = 0; i < 5; i++) {
      t4.add(vertical(1, i, 2, 1, LEAVES[i]));
      t4.add(vertical(2, 5 + i, 1, 1, LEAVES[i]));
      t4.add(vertical(2, 10 + i, 1, 1, LEAVES[i]));
    }
    String[] v = {"72", "64", "178", "37", "351", "13", "4", "8", "1", "26", "12", "1", "1", "6",
        "20"};
    for (int i = 0; i < v.length; i++) {
      t4.add(of(3, i, v[i]));
    }
    return t4;
  }

  /**
   * A table broken across two pages: the header repeated on page 2, a merged label cut by the
   * page break (（四）无 / 法提供); page numbers and a running header on both pages; on page 2 a
   * heading, then another table that must stay separate.
   */
  static void splitTable(PDDocument doc, PDType0Font font) throws IOException {
    float[] widths = {60, 170, 80, 80};
    try (PdfCanvas page = new PdfCanvas(doc, font)) {
      furniture(page, "- 1 -");
      page.text(150, 100, 16, "某市2024年政府信息公开工作年度报告");
      page.text(70, 140, 14, "三、收到和处理政府信息公开申请情况");
      List<Cell> cells = new ArrayList<>(header());
      cells.add(span(1, 0, 1, 2, "一、本年新收政府信息公开申请数量"));
      cells.add(span(2, 0, 1, 2, "二、上年结转政府信息公开申请数量"));
      cells.add(of(3, 0, "（四）无"));
      cells.add(of(3, 1, "1.本机关不掌握相关政府信息"));
      String[][] v = {{"30", "31"}, {"3", "3"}, {"7", "8"}};
      for (int r = 0; r < v.length; r++) {
        cells.add(of(r + 1, 2, v[r][0]));
        cells.add(of(r + 1, 3, v[r][1]));
      }
      page.table(70, 620, widths, new float[] {24, 36, 36, 36}, cells, 9);
    }
    try (PdfCanvas page = new PdfCanvas(doc, font)) {
      furniture(page, "— 2 —");
      List<Cell> cells = new ArrayList<>(header());
      cells.add(span(1, 0, 2, 1, "法提供"));
      cells.add(of(1, 1, "2.没有现成信息需要另行制作"));
      cells.add(of(2, 1, "3.补正后申请内容仍不明确"));
      cells.add(span(3, 0, 1, 2, "四、结转下年度继续办理"));
      String[][] v = {{"2", "2"}, {"", "0"}, {"4", "4"}};
      for (int r = 0; r < v.length; r++) {
        cells.add(of(r + 1, 2, v[r][0]));
        cells.add(of(r + 1, 3, v[r][1]));
      }
      float bottom = page.table(70, 90, widths, new float[] {24, 30, 30, 30}, cells, 9);
      page.text(70, bottom + 40, 14, "四、政府信息公开行政复议、行政诉讼情况");
      List<Cell> other = new ArrayList<>();
      other.add(of(0, 0, "行政复议"));
      other.add(of(0, 1, "行政诉讼"));
      other.add(of(1, 0, "5"));
      other.add(of(1, 1, "6"));
      page.table(70, bottom + 60, new float[] {195, 195}, new float[] {24, 24}, other, 9);
    }
  }

  private static List<Cell> header() {
    return List.of(span(0, 0, 1, 2, "项目"), of(0, 2, "自然人"), of(0, 3, "总计"));
  }

  private static void furniture(PdfCanvas page, String number) throws IOException {
    page.centred(0, 595, 40, 9, "某市人民政府办公室");
    page.centred(0, 595, 800, 12, number);
  }

  /** Table 2's first block printed without ruling lines, with a blank cell, then prose. */
  static void unruled(PDDocument doc, PDType0Font font) throws IOException {
    try (PdfCanvas page = new PdfCanvas(doc, font)) {
      page.text(70, 80, 14, "二、主动公开政府信息情况");
      String[][] rows = {
          {"信息内容", "本年制发件数", "本年废止件数", "现行有效件数"},
          {"规章", "1", "0", "11"},
          {"行政规范性文件", "8", "26", "66"},
          {"行政强制", "5", "", "7"}};
      float[] right = {0, 300, 400, 500};
      float y = 110;
      for (String[] row : rows) {
        page.text(70, y, 10, row[0]);
        for (int c = 1; c < row.length; c++) {
          if (!row[c].isEmpty()) {
            page.text(right[c] - page.width(row[c], 10), y, 10, row[c]);
          }
        }
        y += 20;
      }
      page.text(70, y + 20, 12, "全年共受理政府信息公开申请 3119 件，其中自然人申请 3001 件，");
      page.text(70, y + 40, 12, "法人或其他组织申请 118 件，均已在法定期限内答复 2 3");
    }
  }
}
