using FsCheck;
using FsCheck.Fluent;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Model;

public class CbsCodeTests
{
    [Theory]
    [InlineData("GM0363", ScaleLevel.Gemeente)]
    [InlineData("WK036300", ScaleLevel.Wijk)]
    [InlineData("BU03630000", ScaleLevel.Buurt)]
    public void Well_formed_codes_parse_with_their_level(string text, ScaleLevel level)
    {
        var code = CbsCode.Parse(text);

        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("GM363")]
    [InlineData("gm0363")]
    [InlineData("WK03630")]
    [InlineData("BU0363000A")]
    [InlineData("XX0363")]
    [InlineData("GM03630")]
    public void Malformed_codes_are_rejected_with_a_message_saying_what_was_expected(string text)
    {
        Assert.False(CbsCode.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => CbsCode.Parse(text));
        Assert.Contains("GM + 4 digits", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_buurt_code_implies_its_wijk_and_gemeente()
    {
        var buurt = CbsCode.Parse("BU03441003");

        Assert.Equal("WK034410", buurt.Parent?.Value);
        Assert.Equal("GM0344", buurt.Parent?.Parent?.Value);
        Assert.Null(buurt.Parent?.Parent?.Parent);
    }

    [Fact]
    public void Every_buurt_code_chains_up_to_the_gemeente_whose_digits_it_starts_with()
    {
        Prop.ForAll(Gen.Choose(0, 99_999_999).ToArbitrary(), number =>
        {
            var digits = number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var gemeente = CbsCode.Parse("BU" + digits).Parent?.Parent;
            return gemeente?.Value == "GM" + digits[..4] && gemeente?.Level == ScaleLevel.Gemeente;
        }).QuickCheckThrowOnFailure();
    }
}
