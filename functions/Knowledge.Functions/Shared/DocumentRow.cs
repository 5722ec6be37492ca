using System.Runtime.Serialization;

namespace Knowledge.Shared;

/// <summary>
/// A row whose main column is a document (JSON or text) bounded only by the row limit: <c>DocumentChunks</c> and
/// <c>Document0</c> to <c>Document16</c> (<see cref="LargeText.MaxChunks"/>), read and written whole through
/// <see cref="Document"/>.
/// </summary>
internal abstract class DocumentRow : TableRow
{
    public int DocumentChunks { get; set; }

    public string? Document0 { get; set; }

    public string? Document1 { get; set; }

    public string? Document2 { get; set; }

    public string? Document3 { get; set; }

    public string? Document4 { get; set; }

    public string? Document5 { get; set; }

    public string? Document6 { get; set; }

    public string? Document7 { get; set; }

    public string? Document8 { get; set; }

    public string? Document9 { get; set; }

    public string? Document10 { get; set; }

    public string? Document11 { get; set; }

    public string? Document12 { get; set; }

    public string? Document13 { get; set; }

    public string? Document14 { get; set; }

    public string? Document15 { get; set; }

    public string? Document16 { get; set; }

    [IgnoreDataMember]
    public string Document
    {
        get => LargeText.Join(this, nameof(Document));
        set => LargeText.Split(this, nameof(Document), value);
    }
}
