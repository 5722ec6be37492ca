using System.Security.Cryptography;

namespace Knowledge.Exports;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5): the same tag, user or note span gets the same GUID in every export,
/// so an analyst who re-imports a later export into NVivo or ATLAS.ti sees the same codes, not duplicates.
/// </summary>
internal static class QdaIds
{
    // The service's own namespace; changing it would change every exported id.
    private static readonly Guid Namespace = new("5d0f3c1e-8a2b-4b7c-9e61-4f2a7d9c0b35");

    public static Guid Code(string tag) => Create($"code:{tag}");

    /// <summary>The machine-suggestion twin of a tag's code, so suggestions never count as the reviewed code.</summary>
    public static Guid SuggestedCode(string tag) => Create($"suggested-code:{tag}");

    public static Guid SuggestedGroup { get; } = Create("suggested-code-group");

    public static Guid Reviewer(string userId) => Create($"reviewer:{userId}");

    public static Guid Tagger(string name) => Create($"tagger:{name}");

    public static Guid Variable(string name) => Create($"variable:{name}");

    public static Guid Set(string name) => Create($"set:{name}");

    public static Guid Selection(Guid noteId, Guid code, int start, int end) => Create($"selection:{noteId:D}:{code:D}:{start}:{end}");

    public static Guid Coding(Guid selection) => Create($"coding:{selection:D}");

    public static Guid Create(string name)
    {
        var input = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
#pragma warning disable CA5350 // Version 5 UUIDs are defined over SHA-1; nothing here is a secret.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
