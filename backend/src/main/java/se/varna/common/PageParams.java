package se.varna.common;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code offset} query parameters of every paged collection, declared,
 * bounded and documented once: a resource takes them as {@code @Valid @Valid @BeanParam PageParams}.
 * The bounds are enforced by bean validation and shown in the contract from the same
 * annotations; a value that is not a whole number is answered by {@link WholeNumberParameters}.
 */
public class PageParams {

    @QueryParam("limit")
    @Parameter(description = "Largest number of items to answer.")
    @Min(value = 1, message = "{varna.page.limit}")
    @Max(value = PageRequest.MAX_LIMIT, message = "{varna.page.limit}")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(defaultValue = "" + PageRequest.DEFAULT_LIMIT)
    Integer limit;

    @QueryParam("offset")
    @Parameter(description = "Number of items to skip.")
    @Min(0)
    @org.eclipse.microprofile.openapi.annotations.media.Schema(defaultValue = "0")
    Integer offset;

    public PageRequest toPageRequest() {
        return new PageRequest(limit == null ? PageRequest.DEFAULT_LIMIT : limit, offset == null ? 0 : offset);
    }
}
