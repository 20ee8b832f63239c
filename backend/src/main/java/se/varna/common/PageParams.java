package se.varna.common;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code offset} query parameters of every paged collection, declared
 * and documented once: a resource takes them as {@code @BeanParam PageParams}. They arrive
 * as text so that a bad value is answered with a problem naming the parameter.
 */
public class PageParams {

    @QueryParam("limit")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "Largest number of items to answer.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                    maximum = "" + PageRequest.MAX_LIMIT, defaultValue = "" + PageRequest.DEFAULT_LIMIT))
    String limit;

    @QueryParam("offset")
    @Parameter(name = "offset", in = ParameterIn.QUERY, description = "Number of items to skip.",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    String offset;

    public PageRequest toPageRequest() {
        return PageRequest.of(limit, offset);
    }
}
