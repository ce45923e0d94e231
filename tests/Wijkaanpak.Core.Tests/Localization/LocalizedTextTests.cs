using System.Reflection;
using Wijkaanpak.Core.Localization;
using Wijkaanpak.Core.Model;

namespace Wijkaanpak.Core.Tests.Localization;

public class LocalizedTextTests
{
    private static readonly Assembly[] Assemblies = [typeof(LocalizedText).Assembly, typeof(Wijkaanpak.Cli.ExitCodes).Assembly];

    /// <summary>Every keyed text: each static <see cref="LocalizedText"/> field or property of the library and the command line (the texts of a room live in such a catalogue).</summary>
    public static TheoryData<string> KeyedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var (key, _) in AllKeyedTexts())
        {
            data.Add(key);
        }

        return data;
    }

    [Fact]
    public void Every_member_of_every_public_enum_has_a_name_in_both_languages()
    {
        // Table formats and column types are identifiers of file formats, not words users read.
        var enums = typeof(GoalLevel).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.Namespace != "Wijkaanpak.Core.Tables")
            .ToList();
        Assert.NotEmpty(enums);
        Assert.All(enums.SelectMany(t => Enum.GetValues(t).Cast<Enum>()), value =>
        {
            var name = DisplayNames.Find(value);
            Assert.True(name is not null, $"{value.GetType().Name}.{value} has no [LocalizedName]");
            AssertComplete($"{value.GetType().Name}.{value}", name.Value);
        });
    }

    [Fact]
    public void Every_keyed_text_exists_in_both_languages_with_the_same_placeholders()
    {
        Assert.All(AllKeyedTexts(), pair => AssertComplete(pair.Key, pair.Text));
    }

    [Fact]
    public void Every_inline_pair_of_texts_in_the_sources_has_both_languages_and_the_same_holes()
    {
        var pairs = SourceTexts.InlinePairs().ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(pair.Nl), $"{pair.Where}: the Dutch text is empty");
            Assert.False(string.IsNullOrWhiteSpace(pair.En), $"{pair.Where}: the English text is empty");
            var nl = pair.Interpolated ? Placeholders.OfInterpolation(pair.Nl) : Placeholders.OfFormat(pair.Nl);
            var en = pair.Interpolated ? Placeholders.OfInterpolation(pair.En) : Placeholders.OfFormat(pair.En);
            Assert.True(nl.SequenceEqual(en), $"{pair.Where}: Dutch uses {{{string.Join(", ", nl)}}}, English {{{string.Join(", ", en)}}}");
        });
    }

    [Theory]
    [InlineData(Language.Dutch, "Doel 'Werk' heeft 1 indicator en 2 knopen; 1.234,5 op 3 maart 2024: ambitie, ja")]
    [InlineData(Language.English, "Goal 'Werk' has 1 indicator and 2 nodes; 1,234.5 on 3 March 2024: ambition, yes")]
    public void Format_writes_counts_numbers_dates_and_enum_values_in_the_language(Language language, string expected)
    {
        var text = new LocalizedText(
            "Doel '{0}' heeft {1:indicator|indicatoren} en {2:knoop|knopen}; {3} op {4}: {5}, {6}",
            "Goal '{0}' has {1:indicator|indicators} and {2:node|nodes}; {3} on {4}: {5}, {6}");

        Assert.Equal(expected, text.Format(language, "Werk", 1, 2, 1234.5, new NodaTime.LocalDate(2024, 3, 3), GoalLevel.Ambition, true));
    }

    [Fact]
    public void Format_capitalises_an_enum_value_with_format_C()
    {
        Assert.Equal("Sociaal wijkteam", new LocalizedText("{0:C}", "{0:C}").Format(Language.Dutch, StakeholderType.SociaalWijkteam));
        Assert.Equal("Neighbourhood team", new LocalizedText("{0:C}", "{0:C}").Format(Language.English, StakeholderType.SociaalWijkteam));
    }

    [Theory]
    [InlineData("nl", Language.Dutch)]
    [InlineData("nl-BE", Language.Dutch)]
    [InlineData("nl_NL.UTF-8", Language.Dutch)]
    [InlineData("NL", Language.Dutch)]
    [InlineData("en-GB", Language.English)]
    [InlineData("en_US.UTF-8", Language.English)]
    public void Parse_reads_language_tags_and_posix_locales(string tag, Language expected)
    {
        Assert.Equal(expected, LanguageFormat.Parse(tag));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("C")]
    [InlineData("de-DE")]
    [InlineData("nld")]
    public void Parse_gives_null_for_other_languages(string? tag)
    {
        Assert.Null(LanguageFormat.Parse(tag));
    }

    internal static void AssertComplete(string key, LocalizedText text)
    {
        Assert.False(string.IsNullOrWhiteSpace(text.Nl), $"{key}: the Dutch text is empty");
        Assert.False(string.IsNullOrWhiteSpace(text.En), $"{key}: the English text is empty");
        var nl = Placeholders.OfFormat(text.Nl);
        var en = Placeholders.OfFormat(text.En);
        Assert.True(nl.SequenceEqual(en), $"{key}: Dutch uses {{{string.Join(", ", nl)}}}, English {{{string.Join(", ", en)}}}");
    }

    private static IEnumerable<(string Key, LocalizedText Text)> AllKeyedTexts()
    {
        const BindingFlags flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in Assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.ContainsGenericParameters))
        {
            foreach (var field in type.GetFields(flags).Where(f => f.FieldType == typeof(LocalizedText) && !f.Name.Contains('<', StringComparison.Ordinal)))
            {
                yield return ($"{type.Name}.{field.Name}", (LocalizedText)field.GetValue(null)!);
            }

            foreach (var property in type.GetProperties(flags).Where(p => p.PropertyType == typeof(LocalizedText) && p.GetIndexParameters().Length == 0))
            {
                yield return ($"{type.Name}.{property.Name}", (LocalizedText)property.GetValue(null)!);
            }
        }
    }
}
