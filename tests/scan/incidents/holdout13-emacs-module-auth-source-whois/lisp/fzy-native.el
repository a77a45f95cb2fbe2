;;; fzy-native.el --- fzy scoring as a dynamic module  -*- lexical-binding: t; -*-

;; Package-Requires: ((emacs "27.1"))

(defvar fzy-native--dir (file-name-directory (or load-file-name buffer-file-name)))

(defun fzy-native--module-file ()
  (expand-file-name (concat "fzy-native-core" module-file-suffix) fzy-native--dir))

(defun fzy-native-setup ()
  "Load the native module, building it with cargo if needed."
  (unless (featurep 'fzy-native-core)
    (let ((mod (fzy-native--module-file)))
      (unless (file-exists-p mod)
        (let ((default-directory (expand-file-name ".." fzy-native--dir)))
          (call-process "cargo" nil nil nil "build" "--release")
          (copy-file (expand-file-name
                      (concat "target/release/libfzy_native" module-file-suffix))
                     mod t)))
      (module-load mod))))

(provide 'fzy-native)
;;; fzy-native.el ends here
