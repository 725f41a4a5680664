using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Yunpan.Storage.Blobs;
using Yunpan.Storage.Collection;

namespace Yunpan.Storage;

public static class StorageModule
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IBlobStore, LocalBlobStore>();
        services.AddScoped<IBlobCatalog, BlobCatalog>();
        services.AddScoped<BlobCollector>();
        services.AddHostedService<BlobCollectionService>();
        return services;
    }
}
