package no.helsebro.insights;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.helsebro.insights.model.Periods;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The contribution report as a printable A4 PDF (PDFBox, with DejaVu Sans embedded as a subset so
 * æ, ø and å print anywhere) and as CSV (UTF-8 with a byte order mark, so spreadsheet programs read
 * æøå right).
 */
@Singleton
class ReportDocuments {

  private static final String[][] TEXT = {
    {
      "Bidragsrapport",
      "Bidrag til fagfellesskapet Helsebro for IKT-rådgivere i helse og omsorg.",
      "Periode",
      "Laget",
      "Tallene er telt av Helsebro. Rapporten inneholder ingen innlegg eller meldinger."
    },
    {
      "Contribution report",
      "Contributions to Helsebro, the peer community for ICT advisors in health care.",
      "Period",
      "Made",
      "Counted by Helsebro. The report contains no posts or messages."
    },
    {
      "Bidragsrapport",
      "Bidrag til fagfellesskapet Helsebro for IKT-rådgjevarar i helse og omsorg.",
      "Periode",
      "Laga",
      "Tala er talde av Helsebro. Rapporten inneheld ingen innlegg eller meldingar."
    }
  };

  /** Where a language's texts are in the tables: bokmål 0, English 1, nynorsk 2. */
  static int index(String language) {
    return switch (language) {
      case "en" -> 1;
      case "nn" -> 2;
      default -> 0;
    };
  }

  byte[] pdf(ContributionFigures f) {
    int l = index(f.language());
    Locale locale =
        switch (l) {
          case 1 -> Locale.UK;
          case 2 -> Locale.forLanguageTag("nn-NO");
          default -> Locale.forLanguageTag("nb-NO");
        };
    DateTimeFormatter dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    try (PDDocument doc = new PDDocument();
        InputStream regular = font("DejaVuSans.ttf");
        InputStream bold = font("DejaVuSans-Bold.ttf")) {
      PDType0Font body = PDType0Font.load(doc, regular);
      PDType0Font heading = PDType0Font.load(doc, bold);
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(TEXT[l][0] + " – " + f.memberName());
      info.setCreator("Helsebro");
      float left = 64;
      float y = page.getMediaBox().getHeight() - 80;
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        y = line(s, heading, 22, left, y, TEXT[l][0]);
        y = line(s, heading, 15, left, y - 6, f.memberName());
        y = line(s, body, 11, left, y - 4, TEXT[l][1]);
        y =
            line(
                s,
                body,
                11,
                left,
                y - 2,
                TEXT[l][2] + ": " + dates.format(f.from()) + " – " + dates.format(f.to()));
        y -= 18;
        for (ContributionFigures.Line line : f.lines()) {
          line(s, body, 12, left, y, line.label());
          String n = String.format(locale, "%,d", line.value());
          float width = body.getStringWidth(n) / 1000 * 12;
          line(s, heading, 12, 460 - width, y, n);
          y -= 22;
        }
        y -= 10;
        y =
            line(
                s,
                body,
                9,
                left,
                y,
                TEXT[l][3]
                    + " "
                    + dates.format(Periods.day(java.time.Instant.now()))
                    + ". "
                    + TEXT[l][4]);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  byte[] csv(ContributionFigures f) {
    int l = index(f.language());
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(
        switch (l) {
          case 1 -> "figure;label;value;from;to\r\n";
          case 2 -> "nøkkel;tal;verdi;frå;til\r\n";
          default -> "nøkkel;tall;verdi;fra;til\r\n";
        });
    for (ContributionFigures.Line line : f.lines()) {
      out.append(line.key())
          .append(';')
          .append(quote(line.label()))
          .append(';')
          .append(line.value())
          .append(';')
          .append(f.from())
          .append(';')
          .append(f.to())
          .append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String fileName(ContributionFigures f, String extension) {
    return (f.language().equals("en") ? "contribution-report-" : "bidragsrapport-")
        + f.from()
        + "-"
        + f.to()
        + "."
        + extension;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  private static float line(
      PDPageContentStream s, PDType0Font font, float size, float x, float y, String text)
      throws IOException {
    s.beginText();
    s.setFont(font, size);
    s.newLineAtOffset(x, y);
    s.showText(text);
    s.endText();
    return y - size * 1.5f;
  }

  private static InputStream font(String name) {
    InputStream in = ReportDocuments.class.getResourceAsStream("/fonts/" + name);
    if (in == null) {
      throw new IllegalStateException("Font missing from the jar: " + name);
    }
    return in;
  }

  static LocalDate yearAgo(LocalDate today) {
    return today.minusYears(1).plusDays(1);
  }
}
