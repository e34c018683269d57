package io.scan2ledger.legacyledger.web;

import io.scan2ledger.legacyledger.fault.Faults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/** While the "down" fault is on, every screen answers 503 (the admin API stays up to switch it off). */
final class DownSwitch implements HandlerInterceptor {

    private final Faults faults;

    DownSwitch(Faults faults) {
        this.faults = faults;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (faults.isDown()) {
            response.setHeader("Retry-After", "60");
            throw new ScreenRefused(HttpStatus.SERVICE_UNAVAILABLE, "サービス停止中",
                    "現在サービスを停止しています。しばらくしてから再度アクセスしてください。");
        }
        return true;
    }
}
