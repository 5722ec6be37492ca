namespace Knowledge.Exports;

/// <summary>A REFI-QDA user: a reviewer by their opaque sign-in id (never a name or e-mail), or a tagger by "name/version".</summary>
internal sealed record QdaUser(Guid Guid, string Name)
{
    public static QdaUser Reviewer(string userId) => new(QdaIds.Reviewer(userId), userId);

    public static QdaUser Tagger(string name) => new(QdaIds.Tagger(name), name);
}
