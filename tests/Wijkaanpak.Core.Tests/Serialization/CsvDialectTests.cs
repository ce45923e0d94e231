using Wijkaanpak.Core.Serialization;

namespace Wijkaanpak.Core.Tests.Serialization;

public class CsvDialectTests
{
    [Theory]
    [InlineData("a,b,c\n1.5,2,3\n", ',', '.')]
    [InlineData("a;b;c\n1,5;2;3\n", ';', ',')]
    [InlineData("a;b;c\n1.5;2;3\n", ';', '.')]
    [InlineData("a;b\nx;y\n", ';', ',')]
    [InlineData("a\tb\n1,5\t2\n", '\t', ',')]
    [InlineData("\"a;b\",c\n1,2\n", ',', '.')]
    public void The_delimiter_and_decimal_separator_are_detected_from_the_header_and_first_lines(string text, char delimiter, char decimalSeparator) =>
        Assert.Equal(new CsvDialect(delimiter, decimalSeparator), CsvDialect.Detect(text));

    [Theory]
    [InlineData("nl-NL", ';')]
    [InlineData("nl", ';')]
    [InlineData("en-GB", ',')]
    [InlineData("invariant", ',')]
    public void A_culture_name_gives_its_dialect(string culture, char delimiter) => Assert.Equal(delimiter, CsvDialect.ForCulture(culture).Delimiter);

    [Fact]
    public void An_unknown_culture_is_refused_with_the_accepted_names() =>
        Assert.Contains("nl-NL", Assert.Throws<ArgumentException>(() => CsvDialect.ForCulture("de-DE")).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("1,5", true, 1.5)]
    [InlineData("-0,25", true, -0.25)]
    [InlineData("1.5", false, 0)]
    [InlineData("1.234,5", false, 0)]
    [InlineData(".", false, 0)]
    public void The_dutch_dialect_reads_decimal_commas_only(string text, bool ok, double expected)
    {
        Assert.Equal(ok, CsvDialect.Dutch.TryParseNumber(text, out var value));
        Assert.Equal(expected, ok ? value : 0);
    }

    [Fact]
    public void A_decimal_comma_with_a_comma_delimiter_is_refused() =>
        Assert.Throws<ArgumentException>(() => new CsvDialect(',', ',').Validate());
}
