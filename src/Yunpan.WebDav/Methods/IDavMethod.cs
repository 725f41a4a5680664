using Yunpan.WebDav.Protocol;

namespace Yunpan.WebDav.Methods;

internal interface IDavMethod
{
    Task HandleAsync(DavRequest request);
}
