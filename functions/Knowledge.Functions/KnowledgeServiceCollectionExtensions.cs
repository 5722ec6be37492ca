using Knowledge.Access;
using Knowledge.Audit;
using Knowledge.Disclosure;
using Knowledge.Erasures;
using Knowledge.Establishments;
using Knowledge.Examples;
using Knowledge.Exports;
using Knowledge.Needs;
using Knowledge.Notes;
using Knowledge.Reference;
using Knowledge.Reports;
using Knowledge.Surveys;
using Knowledge.Tagging;
using Knowledge.Tagging.Models;
using Knowledge.Tagging.Proposals;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace Knowledge;

/// <summary>The one registration of the service, shared by the Functions host and the standalone host.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);
        services.Configure<KestrelServerOptions>(RequestHead.RaiseServerLimits);
        return services
            .AddStorage(configuration)
            .AddReferenceData()
            .AddCodebook()
            .AddCodebookProposals()
            .AddTagging(configuration)
            .AddTagModels()
            .AddAccess()
            .AddAudit()
            .AddErasures()
            .AddSurveys()
            .AddNotes()
            .AddDisclosure(configuration)
            .AddNeeds()
            .AddExamples(configuration)
            .AddEstablishments()
            .AddReports()
            .AddExports();
    }
}
