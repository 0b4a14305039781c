package dev.xxgk.internal.read.docx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

  @ParameterizedTest
  @CsvSource({
      "1, chineseCounting, 一",
      "6, chineseCounting, 六",
      "10, chineseCounting, 十",
      "11, chineseCounting, 十一",
      "20, chineseCounting, 二十",
      "21, chineseCountingThousand, 二十一",
      "99, chineseCountingThousand, 九十九",
      "100, chineseCountingThousand, 一百",
      "101, chineseCountingThousand, 一百零一",
      "110, chineseCountingThousand, 一百一十",
      "1010, chineseCountingThousand, 一千零一十",
      "3, chineseLegalSimplified, 叁",
      "12, chineseLegalSimplified, 壹拾贰",
      "1, ideographTraditional, 甲",
      "10, ideographTraditional, 癸",
      "11, ideographTraditional, 甲",
      "2, ideographZodiac, 丑",
      "105, ideographDigital, 一〇五",
      "7, decimal, 7",
      "7, decimalZero, 07",
      "12, decimalFullWidth, １２",
      "3, decimalEnclosedCircle, ③",
      "3, decimalEnclosedParen, ⑶",
      "28, upperLetter, BB",
      "4, lowerRoman, iv",
      "1994, upperRoman, MCMXCIV",
      "5, ordinalText, 5",
      "5, none, ''",
  })
  void formatsCounters(int n, String numFmt, String expected) {
    assertThat(NumberFormats.format(n, numFmt)).isEqualTo(expected);
  }
}
