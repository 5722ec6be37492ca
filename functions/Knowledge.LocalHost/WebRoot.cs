namespace Knowledge.LocalHost;

/// <summary>Finds the repository's web/ folder, which the standalone host serves beside the API.</summary>
internal static class WebRoot
{
    public static string Locate(IConfiguration configuration, string contentRoot)
    {
        if (configuration["Web:Root"] is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Knowledge.sln")))
                {
                    return Path.Combine(dir.FullName, "web");
                }
            }
        }

        throw new InvalidOperationException("Cannot find the web/ folder; set Web:Root.");
    }
}
