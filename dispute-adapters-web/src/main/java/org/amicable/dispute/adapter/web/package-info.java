/** The HTTP API over the dispute domain's use cases. */
package org.amicable.dispute.adapter.web;
