namespace Knowledge.Tagging;

/// <summary>The body asking for tag suggestions.</summary>
internal sealed record SuggestTagsRequest([property: MaxLength(TagFunctions.MaxTextLength)] string Text);

/// <summary>The request bodies Tagging binds, source-generated.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SuggestTagsRequest))]
internal sealed partial class TaggingBodies : JsonSerializerContext;

/// <summary>Suggested tags for a text: the masked text, how many items were masked, the tagger and the tags with evidence.</summary>
internal sealed record TagSuggestionView(string Tagger, string Text, int MaskedItems, IReadOnlyList<SuggestedTag> Tags);

/// <summary>The codebook in use: its version and tags.</summary>
internal sealed record CodebookView(int Version, IReadOnlyList<CodebookTag> Tags);
