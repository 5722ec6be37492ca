using System.IO.Compression;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Tagging;

namespace Knowledge.Exports;

/// <summary>
/// Writes a REFI-QDA project (.qdpx) of the scope's notes straight into the response: each note's masked text as
/// sources/&lt;guid&gt;.txt as soon as its municipality is read, then project.qde, which points into them.
/// </summary>
internal sealed class NotesProjectExport(INoteStore notes, Codebook codebook, ReferenceData reference, TimeProvider clock)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var project = new NotesProject(codebook, reference);
        await using var buffer = new DrainingStream(output);
        await using (var zip = await ZipArchive.CreateAsync(buffer, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: Utf8, cancellationToken))
        {
            foreach (var municipality in scope.Municipalities)
            {
                // One municipality's notes at a time: a county export never holds more than one partition's texts.
                var list = await notes.ListAsync(municipality.Code, cancellationToken);
                foreach (var note in list.OrderBy(n => n.InterviewDate).ThenBy(n => n.NoteId))
                {
                    var (entryName, text) = project.Add(note);
                    await WriteEntryAsync(zip, entryName, stream => stream.WriteAsync(Utf8.GetBytes(text), cancellationToken).AsTask(), cancellationToken);
                    await buffer.DrainAsync(cancellationToken);
                }
            }

            var document = project.Build($"Knowledge: intervjuanteckningar {scope.Label}", now);
            await WriteEntryAsync(zip, "project.qde", stream => QdaXml.WriteAsync(document, stream, cancellationToken), cancellationToken);
        }

        await buffer.DrainAsync(cancellationToken);
    }

    private static async Task WriteEntryAsync(ZipArchive zip, string name, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        await using var stream = await entry.OpenAsync(cancellationToken);
        await write(stream);
    }
}
