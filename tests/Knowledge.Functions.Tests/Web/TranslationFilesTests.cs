using System.Text.Json;
using System.Text.RegularExpressions;
using Knowledge.Tests.Infrastructure;

namespace Knowledge.Tests.Web;

/// <summary>
/// The web app's texts in web/i18n/sv.json and web/i18n/en.json: both parse, hold the same keys with the same
/// {placeholders}, and every key the pages name (data-i18n, data-i18n-attr, t("…"), tCount("…")) is in them.
/// </summary>
public sealed partial class TranslationFilesTests
{
    private static readonly string Web = RepositoryRoot.Combine("web");

    public static TheoryData<string> Languages => new() { "sv", "en" };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Each_file_is_one_object_of_unique_keys_with_nonempty_texts(string language)
    {
        var texts = Read(language);

        Assert.True(texts.Count > 500, $"{language}.json has only {texts.Count} keys");
        Assert.All(texts, pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), $"{language}.json: {pair.Key} is empty"));
    }

    [Fact]
    public void Swedish_and_English_have_exactly_the_same_keys_and_placeholders()
    {
        var sv = Read("sv");
        var en = Read("en");

        Assert.Empty(sv.Keys.Except(en.Keys).Select(key => $"only in sv.json: {key}"));
        Assert.Empty(en.Keys.Except(sv.Keys).Select(key => $"only in en.json: {key}"));
        Assert.Empty(sv.Keys
            .Where(key => !Placeholders(sv[key]).SetEquals(Placeholders(en[key])))
            .Select(key => $"{key}: sv has {{{string.Join("}, {", Placeholders(sv[key]))}}}, en {{{string.Join("}, {", Placeholders(en[key]))}}}"));
    }

    [Fact]
    public void Every_key_the_pages_use_has_a_text()
    {
        var keys = Read("sv").Keys.ToHashSet(StringComparer.Ordinal);
        var used = new List<(string File, string Key)>();
        foreach (var file in Directory.GetFiles(Web, "*.html"))
        {
            var html = File.ReadAllText(file);
            used.AddRange(DataI18n().Matches(html).Select(m => (file, m.Groups[1].Value)));
            used.AddRange(DataI18nAttr().Matches(html)
                .SelectMany(m => m.Groups[1].Value.Split(';'))
                .Select(pair => (file, pair.Split(':', 2) is [_, var key] ? key.Trim() : pair)));
        }

        // i18n.js itself only looks keys up (its comments name a key "key").
        foreach (var file in Directory.GetFiles(Path.Combine(Web, "js"), "*.js", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "i18n.js"))
        {
            var script = File.ReadAllText(file);
            used.AddRange(DataI18n().Matches(script).Select(m => (file, m.Groups[1].Value)));
            used.AddRange(LiteralT().Matches(script).Select(m => (file, m.Groups[1].Value)));
            used.AddRange(LiteralTCount().Matches(script).SelectMany(m => new[] { (file, m.Groups[1].Value + ".one"), (file, m.Groups[1].Value + ".other") }));
        }

        Assert.True(used.Count > 500, $"only {used.Count} uses found");
        Assert.Empty(used.Where(u => !keys.Contains(u.Key)).Select(u => $"{Path.GetRelativePath(Web, u.File)}: {u.Key}").Distinct());
    }

    private static Dictionary<string, string> Read(string language)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Web, "i18n", $"{language}.json")));
        Assert.Equal(JsonValueKind.Object, document.RootElement.ValueKind);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            Assert.True(property.Value.ValueKind == JsonValueKind.String, $"{language}.json: {property.Name} is not a string");
            Assert.True(texts.TryAdd(property.Name, property.Value.GetString()!), $"{language}.json: {property.Name} twice");
        }

        return texts;
    }

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Placeholder();

    /// <summary>data-i18n="key" in HTML, "data-i18n": "key" in a script's el() call.</summary>
    [GeneratedRegex(@"(?:\bdata-i18n=|""data-i18n"":\s*)""([^""]+)""")]
    private static partial Regex DataI18n();

    [GeneratedRegex(@"\bdata-i18n-attr=""([^""]+)""")]
    private static partial Regex DataI18nAttr();

    [GeneratedRegex(@"\bt\(\s*""([^""]+)""")]
    private static partial Regex LiteralT();

    [GeneratedRegex(@"\btCount\(\s*""([^""]+)""")]
    private static partial Regex LiteralTCount();
}
