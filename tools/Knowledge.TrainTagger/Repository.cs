namespace Knowledge.TrainTagger;

/// <summary>Paths inside the repository, found from the working directory up to Knowledge.sln.</summary>
internal static class Repository
{
    public static string Path(string relative)
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Knowledge.sln")))
            {
                return System.IO.Path.Combine(folder.FullName, relative);
            }
        }
        throw new DirectoryNotFoundException("Knowledge.sln was not found above the working directory.");
    }
}
